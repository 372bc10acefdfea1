"""StemSense MCP: the MCP surface (tools, resources, prompts, transports). Thin by design."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("stemsense-mcp")  # the installed package's own version (pyproject.toml)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
