"""The client's address behind a trusted reverse proxy.

With TRUST_PROXY_HEADERS=true, REMOTE_ADDR is replaced by the address the proxy saw, so the audit
log and the login lockouts see the person rather than the proxy. Each trusted proxy appends the
address it received from to X-Forwarded-For; entries further left were written by the client and
prove nothing, so the address is read PROXY_COUNT entries from the right.
"""

from ipaddress import ip_address

from django.conf import settings


def forwarded_client(header: str, proxy_count: int) -> str | None:
    """The client address in an X-Forwarded-For value, or None when it has too few entries or
    the entry is not an IP address."""
    entries = [entry.strip() for entry in header.split(",")]
    if len(entries) < proxy_count:
        return None
    candidate = entries[-proxy_count]
    try:
        return str(ip_address(candidate))
    except ValueError:
        return None


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.TRUST_PROXY_HEADERS:
            header = request.META.get("HTTP_X_FORWARDED_FOR", "")
            client = forwarded_client(header, settings.PROXY_COUNT) if header else None
            if client:
                request.META["REMOTE_ADDR"] = client
        return self.get_response(request)
