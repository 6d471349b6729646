from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.blocks import RICH_TEXT_FEATURES, LinkBlock, TextBudgetMixin
from core.validators import RICH_TEXT_MAX_LENGTH


class StepResourceBlock(blocks.StreamBlock):
    document = DocumentChooserBlock()
    link = LinkBlock()

    class Meta:
        icon = "link"
        template = "blocks/step_resources_block.html"


class ToolkitStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    guidance = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, max_length=RICH_TEXT_MAX_LENGTH)
    resources = StepResourceBlock(required=False, help_text="Documents or links for this step.")

    class Meta:
        icon = "list-ol"
        template = "blocks/toolkit_step_block.html"
        preview_value = {
            "title": "Map who is affected",
            "guidance": "<p>List who uses the service, works in it and decides about it.</p>",
        }
        description = "One step of the method: what to do and how"


class ToolkitStepsBlock(TextBudgetMixin, blocks.StreamBlock):
    step = ToolkitStepBlock()

    class Meta:
        template = "blocks/toolkit_steps_block.html"
