"""The chat API on asyncio: Starlette on uvicorn, raptscallions through the trio portal."""
