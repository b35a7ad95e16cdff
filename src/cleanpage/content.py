"""Main content. PLACEHOLDER, being written."""
def find_body(root, meta, options, html_text=None):
    b = root.find("body")
    return b, []
