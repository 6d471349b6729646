"""The QR code an authenticator app scans, as inline SVG (no image request, no third party)."""

from django.utils.safestring import mark_safe


def qr_svg(text):
    # qrcode is imported here, not at boot: only staff setting up two-factor sign-in need it.
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    # The SVG is built from the given text's bits alone: no markup from the text reaches it.
    return mark_safe(image.to_string(encoding="unicode"))
