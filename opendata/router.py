from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints import ENDPOINTS

api_router = WagtailAPIRouter("opendata")
for name, endpoint in ENDPOINTS.items():
    api_router.register_endpoint(name, endpoint)
