"""CLI."""
def main():
    pass
