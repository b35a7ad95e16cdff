"""Funding and quotes. PLACEHOLDER, being written."""
def find_funding(body):
    return None
def find_quotes(body, pulled):
    return []
