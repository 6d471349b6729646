"""The admin's image upload form: an image is accepted only if its whole body decodes.

Wagtail reads an upload's header to learn its format and size; a file whose header is valid but
whose compressed data is truncated or corrupt then fails later, deep inside Pillow, as a server
error (and on the multiple-upload view, after the record is half made). This form base
(``WAGTAILIMAGES_IMAGE_FORM_BASE``) decodes every pixel while the form is validated, so such a
file is refused with a message by the field and nothing is saved.
"""

from io import BytesIO

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE_IMAGE = (
    "The file could not be read as an image: it may be damaged or incomplete. "
    "Open it in an image editor, save it again and upload the new copy."
)


def decode_fully(upload):
    """Decode every pixel of an uploaded image with Pillow; ValidationError if it cannot be."""
    if hasattr(upload, "temporary_file_path"):
        source = upload.temporary_file_path()
    else:
        upload.seek(0)
        source = BytesIO(upload.read())
    try:
        with PILImage.open(source) as image:
            image.load()
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for damaged data
        raise ValidationError(UNREADABLE_IMAGE, code="unreadable_image") from exc
    finally:
        if hasattr(upload, "seek"):
            upload.seek(0)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, which also refuses an image whose body does not decode."""

    def to_python(self, data):
        try:
            image_file = super().to_python(data)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - raised by Pillow while sizing the image
            raise ValidationError(UNREADABLE_IMAGE, code="unreadable_image") from exc
        if image_file is not None:
            decode_fully(data)
        return image_file


class HubImageForm(BaseImageForm):
    """The base of every image form in the admin (single, multiple and chooser uploads)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, DecodedImageField):
            self.fields["file"] = DecodedImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                initial=field.initial,
                disabled=field.disabled,
            )
