"""The Permissions-Policy header: browser features the hub never uses are switched off.

A feature listed in `PERMISSIONS_POLICY` with no origins is denied to the page and to anything
it embeds (`camera=()`); origins may be given, e.g. `["self"]` gives `geolocation=(self)`.
"""

from django.conf import settings

HEADER = "Permissions-Policy"


def header_value(policy):
    items = []
    for feature, origins in policy.items():
        allowed = " ".join("self" if origin == "self" else f'"{origin}"' for origin in origins)
        items.append(f"{feature}=({allowed})")
    return ", ".join(items)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.value = header_value(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.value and HEADER not in response:
            response[HEADER] = self.value
        return response
