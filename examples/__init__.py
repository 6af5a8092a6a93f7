"""Host applications embedding raptscallions: on asyncio (uvicorn) and on trio (hypercorn)."""
