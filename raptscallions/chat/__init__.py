"""The pipelines that put the modules around every AI call: chat and product tools, and the
AI providers they call. Sits above the engine and the store; the engine never imports it."""

from ._ai import AIError as AIError
from ._ai import AIMessage as AIMessage
from ._ai import AIModel as AIModel
from ._ai import AIRequest as AIRequest
from ._ai import AIResponse as AIResponse
from ._ai import AIUsage as AIUsage
from ._ai import EchoModel as EchoModel
from ._context import HookStep as HookStep
from ._errors import ChatError as ChatError
from ._errors import NotSessionOwner as NotSessionOwner
from ._errors import SessionBusy as SessionBusy
from ._errors import SessionEnded as SessionEnded
from ._errors import SessionNotFound as SessionNotFound
from ._gateway import ChatGateway as ChatGateway
from ._gateway import GatewayError as GatewayError
from ._gateway import GatewayReply as GatewayReply
from ._gateway import GatewayRequest as GatewayRequest
from ._openai import OpenAICompatible as OpenAICompatible
from ._product import ProductRun as ProductRun
from ._product import ProductService as ProductService
from ._service import ChatReply as ChatReply
from ._service import ChatService as ChatService
from ._service import ChatSession as ChatSession

__all__ = [
    "AIError",
    "AIMessage",
    "AIModel",
    "AIRequest",
    "AIResponse",
    "AIUsage",
    "ChatError",
    "ChatGateway",
    "ChatReply",
    "ChatService",
    "ChatSession",
    "EchoModel",
    "GatewayError",
    "GatewayReply",
    "GatewayRequest",
    "HookStep",
    "NotSessionOwner",
    "OpenAICompatible",
    "ProductRun",
    "ProductService",
    "SessionBusy",
    "SessionEnded",
    "SessionNotFound",
]
