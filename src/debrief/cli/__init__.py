"""The command line: thin. Each command parses its arguments, calls one engine entry point and
presents the result."""
