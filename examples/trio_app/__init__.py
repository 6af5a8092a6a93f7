"""The chat API on trio: Starlette on hypercorn's trio worker, raptscallions directly."""
