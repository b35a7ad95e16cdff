"""PLACEHOLDER CLI, being written."""
import sys
import click
import cleanpage

@click.group()
def main():
    """cleanpage"""

@main.command()
@click.argument("files", nargs=-1)
@click.option("-f", "--format", "fmt", default="markdown")
def clean(files, fmt):
    for f in files or ("-",):
        data = sys.stdin.buffer.read() if f == "-" else open(f, "rb").read()
        sys.stdout.write(cleanpage.render(cleanpage.clean(data), fmt))
