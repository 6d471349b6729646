"""What page types show of their related records in the open data API (Wagtail's API v2).

Each page type lists its own `api_fields`; these serializers give the shared shapes: a theme,
principle or region by the slug the API's filters take and its name, a member by id, slug and
name. Related records are read through `.all()`, so an endpoint's prefetching serves them.
"""

from rest_framework import serializers
from wagtail.api import APIField


class TermSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class PrincipleSerializer(TermSerializer):
    number = serializers.IntegerField()


class MemberReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField()
    title = serializers.CharField()


TAXONOMY_API_FIELDS = [
    APIField("themes", serializer=TermSerializer(many=True)),
    APIField("principles", serializer=PrincipleSerializer(many=True)),
]


def member_api_field(name, many=False):
    return APIField(name, serializer=MemberReferenceSerializer(many=many))


def region_api_field(name="region"):
    return APIField(name, serializer=TermSerializer(allow_null=True))
