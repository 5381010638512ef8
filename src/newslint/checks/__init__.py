"""Python rules, one module per family. Every Rule subclass with a code is registered."""
