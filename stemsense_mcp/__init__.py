"""StemSense MCP: the MCP surface (tools, resources, prompts, transports). Thin by design."""

__version__ = "0.1.0"
