"""Removing chrome. PLACEHOLDER, being written."""
def strip(root, options):
    return []
