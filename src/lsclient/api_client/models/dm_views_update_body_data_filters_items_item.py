from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dm_views_update_body_data_filters_items_item_filter import DmViewsUpdateBodyDataFiltersItemsItemFilter
from ..models.dm_views_update_body_data_filters_items_item_operator import DmViewsUpdateBodyDataFiltersItemsItemOperator
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dm_views_update_body_data_filters_items_item_dictionary import (
        DmViewsUpdateBodyDataFiltersItemsItemDictionary,
    )
    from ..models.dm_views_update_body_data_filters_items_item_list import DmViewsUpdateBodyDataFiltersItemsItemList


@functools.cache
def _import_DmViewsUpdateBodyDataFiltersItemsItemDictionary() -> type[DmViewsUpdateBodyDataFiltersItemsItemDictionary]:
    from ..models.dm_views_update_body_data_filters_items_item_dictionary import (
        DmViewsUpdateBodyDataFiltersItemsItemDictionary,
    )

    return DmViewsUpdateBodyDataFiltersItemsItemDictionary


@functools.cache
def _import_DmViewsUpdateBodyDataFiltersItemsItemList() -> type[DmViewsUpdateBodyDataFiltersItemsItemList]:
    from ..models.dm_views_update_body_data_filters_items_item_list import DmViewsUpdateBodyDataFiltersItemsItemList

    return DmViewsUpdateBodyDataFiltersItemsItemList


#: the JSON keys this model reads into attributes; any other key goes to ``additional_properties``
_KNOWN_KEYS = frozenset({"filter", "operator", "type", "value"})


T = TypeVar("T", bound="DmViewsUpdateBodyDataFiltersItemsItem")


@_attrs_define
class DmViewsUpdateBodyDataFiltersItemsItem:
    """
    Example:
        {'filter': 'filter:tasks:id', 'operator': 'greater', 'type': 'Number', 'value': 123}

    """

    filter_: DmViewsUpdateBodyDataFiltersItemsItemFilter
    """ Filter identifier, it should start with `filter:tasks:` prefix, e.g. `filter:tasks:agreement`. For
    `task.data` fields it may look like `filter:tasks:data.field_name`. If you need more info about columns, check
    the [Get data manager columns](#tag/Data-Manager/operation/api_dm_columns_list) API endpoint. Possible
    values:<br><li>`filter:tasks:agreement`<br> (Number) Agreement for annotation results for a specific task
    (Enterprise only)</li><br><li>`filter:tasks:annotations_results`<br> (String) Annotation results for the
    tasks</li><br><li>`filter:tasks:annotators`<br> (List) Annotators that completed the task (Community). Can
    include assigned annotators (Enterprise only). Important note: the filter `type` should be List, but the filter
    `value` is integer</li><br><li>`filter:tasks:cancelled_annotations`<br> (Number) Number of cancelled or skipped
    annotations for the task</li><br><li>`filter:tasks:comments`<br> (Number) Number of comments in a
    task</li><br><li>`filter:tasks:completed_at`<br> (Datetime) Time when a task was fully
    annotated</li><br><li>`filter:tasks:created_at`<br> (Datetime) Time the task was created
    at</li><br><li>`filter:tasks:file_upload`<br> (String) Name of the file uploaded to create the
    tasks</li><br><li>`filter:tasks:ground_truth`<br> (Boolean) Ground truth status of the
    tasks</li><br><li>`filter:tasks:id`<br> (Number) Task ID</li><br><li>`filter:tasks:inner_id`<br> (Number) Task
    Inner ID, it starts from 1 for all projects</li><br><li>`filter:tasks:predictions_model_versions`<br> (String)
    Model version used for the predictions</li><br><li>`filter:tasks:predictions_results`<br> (String) Prediction
    results for the tasks</li><br><li>`filter:tasks:predictions_score`<br> (Number) Prediction score for the
    task</li><br><li>`filter:tasks:reviewed`<br> (Boolean) Whether the tasks have been reviewed (Enterprise
    only)</li><br><li>`filter:tasks:reviewers`<br> (String) Reviewers that reviewed the task, or assigned reviewers
    (Enterprise only). Important note: the filter `type` should be List, but the filter `value` is
    integer</li><br><li>`filter:tasks:reviews_accepted`<br> (Number) Number of annotations accepted for a task in
    review (Enterprise only)</li><br><li>`filter:tasks:reviews_rejected`<br> (Number) Number of annotations rejected
    for a task in review (Enterprise only)</li><br><li>`filter:tasks:total_annotations`<br> (Number) Total number of
    annotations on a task</li><br><li>`filter:tasks:total_predictions`<br> (Number) Total number of predictions for
    the task</li><br><li>`filter:tasks:unresolved_comment_count`<br> (Number) Number of unresolved comments in a
    task</li><br><li>`filter:tasks:updated_at`<br> (Datetime) Time the task was updated at (e.g. new annotation was
    created, review added, etc)</li> """
    operator: DmViewsUpdateBodyDataFiltersItemsItemOperator
    """ Filter operator. Possible values:<br><li>`contains`<br> Contains</li><br><li>`ends_with`<br> Ends
    with</li><br><li>`equal`<br> Equal to</li><br><li>`exists`<br> Exists</li><br><li>`greater`<br> Greater
    than</li><br><li>`greater_or_equal`<br> Greater than or equal to</li><br><li>`in`<br> Is between min and max
    values, so the filter `value` should be e.g. `{"min": 1, "max": 7}`</li><br><li>`less`<br> Less
    than</li><br><li>`less_or_equal`<br> Less than or equal to</li><br><li>`not_contains`<br> Does not
    contain</li><br><li>`not_equal`<br> Not equal to</li><br><li>`not_exists`<br> Does not
    exist</li><br><li>`not_in`<br> Is not between min and max values, so the filter `value` should be e.g. `{"min":
    1, "max": 7}`</li><br><li>`starts_with`<br> Starts with</li> """
    type_: str
    """ Type of the filter value. Possible values:<br><li>`Boolean`<br> Boolean</li><br><li>`Datetime`<br> Datetime
    string in `strftime('%Y-%m-%dT%H:%M:%S.%fZ')` format</li><br><li>`List`<br> List of
    items</li><br><li>`Number`<br> Float or Integer</li><br><li>`String`<br> String</li><br><li>`Unknown`<br>
    Unknown is explicitly converted to string format</li> """
    value: (
        bool
        | DmViewsUpdateBodyDataFiltersItemsItemDictionary
        | DmViewsUpdateBodyDataFiltersItemsItemList
        | float
        | int
        | str
    )
    """ Value to filter by """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: the JSON key of each attribute whose Python name differs from it
    json_keys: ClassVar[dict[str, str]] = {
        "filter_": "filter",
        "type_": "type",
    }

    def to_dict(self) -> dict[str, Any]:
        DmViewsUpdateBodyDataFiltersItemsItemDictionary = _import_DmViewsUpdateBodyDataFiltersItemsItemDictionary()
        DmViewsUpdateBodyDataFiltersItemsItemList = _import_DmViewsUpdateBodyDataFiltersItemsItemList()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        filter_ = self.filter_
        if not isinstance(filter_, Unset):
            field_dict["filter"] = None if filter_ is None else filter_.value

        operator = self.operator
        if not isinstance(operator, Unset):
            field_dict["operator"] = None if operator is None else operator.value

        type_: Any = self.type_
        if type_ is not UNSET:
            field_dict["type"] = type_

        value = self.value
        if not isinstance(value, Unset):
            if value is None:
                field_dict["value"] = None
            else:
                if isinstance(value, DmViewsUpdateBodyDataFiltersItemsItemDictionary) or isinstance(
                    value, DmViewsUpdateBodyDataFiltersItemsItemList
                ):
                    field_dict["value"] = value.to_dict()
                else:
                    field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d: Any = src_dict if src_dict.__class__ is dict else dict(src_dict)
        obj = object.__new__(cls)
        get = d.get
        value = get("filter", UNSET)
        if value is not None and value is not UNSET:
            value = DmViewsUpdateBodyDataFiltersItemsItemFilter(value)
        obj.filter_ = value
        value = get("operator", UNSET)
        if value is not None and value is not UNSET:
            value = DmViewsUpdateBodyDataFiltersItemsItemOperator(value)
        obj.operator = value
        obj.type_ = get("type", UNSET)
        value = get("value", UNSET)
        if value is not None and value is not UNSET:
            value = _parse_value(value)
        obj.value = value
        obj.additional_properties = (
            {} if _KNOWN_KEYS.issuperset(d) else {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        )
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_value(
    data: object,
) -> (
    bool
    | DmViewsUpdateBodyDataFiltersItemsItemDictionary
    | DmViewsUpdateBodyDataFiltersItemsItemList
    | float
    | int
    | str
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_DmViewsUpdateBodyDataFiltersItemsItemDictionary().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        return _import_DmViewsUpdateBodyDataFiltersItemsItemList().from_dict(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return data  # type: ignore[return-value]
