"""raptscallions: a supervised, hot-reloading module engine for AI tutoring chat platforms."""

from .sdk._errors import RaptscallionsError as RaptscallionsError

__version__ = "0.1.0"
__all__ = ["RaptscallionsError", "__version__"]
