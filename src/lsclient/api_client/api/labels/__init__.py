"""Contains endpoint functions for accessing the API, and the per-tag facades ``LabelsApi`` /
``AsyncLabelsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    import datetime

    from ...models.label import Label
    from ...models.label_create import LabelCreate
    from ...models.label_create_request import LabelCreateRequest
    from ...models.label_link import LabelLink
    from ...models.label_link_request import LabelLinkRequest
    from ...models.labels_bulk_create_body import LabelsBulkCreateBody
    from ...models.labels_bulk_create_response_200 import LabelsBulkCreateResponse200
    from ...models.paginated_label_link_list import PaginatedLabelLinkList
    from ...models.paginated_label_list import PaginatedLabelList
    from ...models.patched_label_link_request import PatchedLabelLinkRequest
    from ...models.patched_label_request import PatchedLabelRequest


class LabelsApi:
    """Every operation tagged "labels", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def label_links_create(
        self,
        *,
        body: LabelLinkRequest,
    ) -> LabelLink | None:
        """Create label links

         Create label links to link new custom labels to your project labeling configuration.

        Args:
            body (LabelLinkRequest): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_create as _label_links_create

        return _label_links_create.sync(
            body=body,
            client=self._client,
        )

    def label_links_create_detailed(
        self,
        *,
        body: LabelLinkRequest,
    ) -> Response[LabelLink]:
        """Create label links

         Create label links to link new custom labels to your project labeling configuration.

        Args:
            body (LabelLinkRequest): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_create as _label_links_create

        return _label_links_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def label_links_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove label link


                Remove a label link that links custom labels to your project labeling configuration. If you
        remove a label link,
                the label stops being available for the project it was linked to. You can add a new label
        link at any time.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import label_links_destroy as _label_links_destroy

        return _label_links_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def label_links_list(
        self,
        *,
        label_created_at: datetime.datetime | Unset = UNSET,
        label_created_at_gte: datetime.datetime | Unset = UNSET,
        label_created_at_lte: datetime.datetime | Unset = UNSET,
        label_created_by: int | Unset = UNSET,
        page: int | Unset = UNSET,
        project: int | Unset = UNSET,
    ) -> PaginatedLabelLinkList | None:
        """List label links

         List label links for a specific label and project.

        Args:
            label_created_at (datetime.datetime | Unset):
            label_created_at_gte (datetime.datetime | Unset):
            label_created_at_lte (datetime.datetime | Unset):
            label_created_by (int | Unset):
            page (int | Unset):
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedLabelLinkList
        """

        from . import label_links_list as _label_links_list

        return _label_links_list.sync(
            label_created_at=label_created_at,
            label_created_at_gte=label_created_at_gte,
            label_created_at_lte=label_created_at_lte,
            label_created_by=label_created_by,
            page=page,
            project=project,
            client=self._client,
        )

    def label_links_list_detailed(
        self,
        *,
        label_created_at: datetime.datetime | Unset = UNSET,
        label_created_at_gte: datetime.datetime | Unset = UNSET,
        label_created_at_lte: datetime.datetime | Unset = UNSET,
        label_created_by: int | Unset = UNSET,
        page: int | Unset = UNSET,
        project: int | Unset = UNSET,
    ) -> Response[PaginatedLabelLinkList]:
        """List label links

         List label links for a specific label and project.

        Args:
            label_created_at (datetime.datetime | Unset):
            label_created_at_gte (datetime.datetime | Unset):
            label_created_at_lte (datetime.datetime | Unset):
            label_created_by (int | Unset):
            page (int | Unset):
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedLabelLinkList]
        """

        from . import label_links_list as _label_links_list

        return _label_links_list.sync_detailed(
            label_created_at=label_created_at,
            label_created_at_gte=label_created_at_gte,
            label_created_at_lte=label_created_at_lte,
            label_created_by=label_created_by,
            page=page,
            project=project,
            client=self._client,
        )

    def label_links_partial_update(
        self,
        id: int,
        *,
        body: PatchedLabelLinkRequest | Unset = UNSET,
    ) -> LabelLink | None:
        """Update label link


                Update a label link that links custom labels to a project labeling configuration, for
        example if the fromName,
                toName, or name parameters for a tag in the labeling configuration change.


        Args:
            id (int):
            body (PatchedLabelLinkRequest | Unset): A ModelSerializer that takes additional arguments
                for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_partial_update as _label_links_partial_update

        return _label_links_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def label_links_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedLabelLinkRequest | Unset = UNSET,
    ) -> Response[LabelLink]:
        """Update label link


                Update a label link that links custom labels to a project labeling configuration, for
        example if the fromName,
                toName, or name parameters for a tag in the labeling configuration change.


        Args:
            id (int):
            body (PatchedLabelLinkRequest | Unset): A ModelSerializer that takes additional arguments
                for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_partial_update as _label_links_partial_update

        return _label_links_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def label_links_retrieve(
        self,
        id: int,
    ) -> LabelLink | None:
        """Get label link

         Get label links for a specific project configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_retrieve as _label_links_retrieve

        return _label_links_retrieve.sync(
            id=id,
            client=self._client,
        )

    def label_links_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LabelLink]:
        """Get label link

         Get label links for a specific project configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_retrieve as _label_links_retrieve

        return _label_links_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )

    def bulk_create(
        self,
        *,
        body: LabelsBulkCreateBody,
    ) -> LabelsBulkCreateResponse200 | None:
        """Bulk update labels


                If you want to update the labels in saved annotations, use this endpoint.


        Args:
            body (LabelsBulkCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelsBulkCreateResponse200
        """

        from . import labels_bulk_create as _labels_bulk_create

        return _labels_bulk_create.sync(
            body=body,
            client=self._client,
        )

    def bulk_create_detailed(
        self,
        *,
        body: LabelsBulkCreateBody,
    ) -> Response[LabelsBulkCreateResponse200]:
        """Bulk update labels


                If you want to update the labels in saved annotations, use this endpoint.


        Args:
            body (LabelsBulkCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelsBulkCreateResponse200]
        """

        from . import labels_bulk_create as _labels_bulk_create

        return _labels_bulk_create.sync_detailed(
            body=body,
            client=self._client,
        )

    def create(
        self,
        *,
        body: builtins.list[LabelCreateRequest],
        page: int | Unset = UNSET,
    ) -> builtins.list[LabelCreate] | None:
        """Create labels

         Add labels to your project without updating the labeling configuration.

        Args:
            page (int | Unset):
            body (list[LabelCreateRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LabelCreate]
        """

        from . import labels_create as _labels_create

        return _labels_create.sync(
            body=body,
            page=page,
            client=self._client,
        )

    def create_detailed(
        self,
        *,
        body: builtins.list[LabelCreateRequest],
        page: int | Unset = UNSET,
    ) -> Response[builtins.list[LabelCreate]]:
        """Create labels

         Add labels to your project without updating the labeling configuration.

        Args:
            page (int | Unset):
            body (list[LabelCreateRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LabelCreate]]
        """

        from . import labels_create as _labels_create

        return _labels_create.sync_detailed(
            body=body,
            page=page,
            client=self._client,
        )

    def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove labels

         Remove labels from your project without updating the labeling configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import labels_destroy as _labels_destroy

        return _labels_destroy.sync_detailed(
            id=id,
            client=self._client,
        )

    def list(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> PaginatedLabelList | None:
        """List labels

         List all custom labels added to your project separately from the labeling configuration.

        Args:
            page (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedLabelList
        """

        from . import labels_list as _labels_list

        return _labels_list.sync(
            page=page,
            client=self._client,
        )

    def list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedLabelList]:
        """List labels

         List all custom labels added to your project separately from the labeling configuration.

        Args:
            page (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedLabelList]
        """

        from . import labels_list as _labels_list

        return _labels_list.sync_detailed(
            page=page,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: PatchedLabelRequest | Unset = UNSET,
    ) -> Label | None:
        """Update labels

         Update labels used for your project without updating the labeling configuration.

        Args:
            id (int):
            body (PatchedLabelRequest | Unset): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Label
        """

        from . import labels_partial_update as _labels_partial_update

        return _labels_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedLabelRequest | Unset = UNSET,
    ) -> Response[Label]:
        """Update labels

         Update labels used for your project without updating the labeling configuration.

        Args:
            id (int):
            body (PatchedLabelRequest | Unset): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Label]
        """

        from . import labels_partial_update as _labels_partial_update

        return _labels_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Label | None:
        """Get label


                Retrieve a specific custom label used for your project by its ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Label
        """

        from . import labels_retrieve as _labels_retrieve

        return _labels_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Label]:
        """Get label


                Retrieve a specific custom label used for your project by its ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Label]
        """

        from . import labels_retrieve as _labels_retrieve

        return _labels_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncLabelsApi:
    """Every operation tagged "labels", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def label_links_create(
        self,
        *,
        body: LabelLinkRequest,
    ) -> LabelLink | None:
        """Create label links

         Create label links to link new custom labels to your project labeling configuration.

        Args:
            body (LabelLinkRequest): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_create as _label_links_create

        return await _label_links_create.asyncio(
            body=body,
            client=self._client,
        )

    async def label_links_create_detailed(
        self,
        *,
        body: LabelLinkRequest,
    ) -> Response[LabelLink]:
        """Create label links

         Create label links to link new custom labels to your project labeling configuration.

        Args:
            body (LabelLinkRequest): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_create as _label_links_create

        return await _label_links_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def label_links_destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove label link


                Remove a label link that links custom labels to your project labeling configuration. If you
        remove a label link,
                the label stops being available for the project it was linked to. You can add a new label
        link at any time.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import label_links_destroy as _label_links_destroy

        return await _label_links_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def label_links_list(
        self,
        *,
        label_created_at: datetime.datetime | Unset = UNSET,
        label_created_at_gte: datetime.datetime | Unset = UNSET,
        label_created_at_lte: datetime.datetime | Unset = UNSET,
        label_created_by: int | Unset = UNSET,
        page: int | Unset = UNSET,
        project: int | Unset = UNSET,
    ) -> PaginatedLabelLinkList | None:
        """List label links

         List label links for a specific label and project.

        Args:
            label_created_at (datetime.datetime | Unset):
            label_created_at_gte (datetime.datetime | Unset):
            label_created_at_lte (datetime.datetime | Unset):
            label_created_by (int | Unset):
            page (int | Unset):
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedLabelLinkList
        """

        from . import label_links_list as _label_links_list

        return await _label_links_list.asyncio(
            label_created_at=label_created_at,
            label_created_at_gte=label_created_at_gte,
            label_created_at_lte=label_created_at_lte,
            label_created_by=label_created_by,
            page=page,
            project=project,
            client=self._client,
        )

    async def label_links_list_detailed(
        self,
        *,
        label_created_at: datetime.datetime | Unset = UNSET,
        label_created_at_gte: datetime.datetime | Unset = UNSET,
        label_created_at_lte: datetime.datetime | Unset = UNSET,
        label_created_by: int | Unset = UNSET,
        page: int | Unset = UNSET,
        project: int | Unset = UNSET,
    ) -> Response[PaginatedLabelLinkList]:
        """List label links

         List label links for a specific label and project.

        Args:
            label_created_at (datetime.datetime | Unset):
            label_created_at_gte (datetime.datetime | Unset):
            label_created_at_lte (datetime.datetime | Unset):
            label_created_by (int | Unset):
            page (int | Unset):
            project (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedLabelLinkList]
        """

        from . import label_links_list as _label_links_list

        return await _label_links_list.asyncio_detailed(
            label_created_at=label_created_at,
            label_created_at_gte=label_created_at_gte,
            label_created_at_lte=label_created_at_lte,
            label_created_by=label_created_by,
            page=page,
            project=project,
            client=self._client,
        )

    async def label_links_partial_update(
        self,
        id: int,
        *,
        body: PatchedLabelLinkRequest | Unset = UNSET,
    ) -> LabelLink | None:
        """Update label link


                Update a label link that links custom labels to a project labeling configuration, for
        example if the fromName,
                toName, or name parameters for a tag in the labeling configuration change.


        Args:
            id (int):
            body (PatchedLabelLinkRequest | Unset): A ModelSerializer that takes additional arguments
                for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_partial_update as _label_links_partial_update

        return await _label_links_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def label_links_partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedLabelLinkRequest | Unset = UNSET,
    ) -> Response[LabelLink]:
        """Update label link


                Update a label link that links custom labels to a project labeling configuration, for
        example if the fromName,
                toName, or name parameters for a tag in the labeling configuration change.


        Args:
            id (int):
            body (PatchedLabelLinkRequest | Unset): A ModelSerializer that takes additional arguments
                for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_partial_update as _label_links_partial_update

        return await _label_links_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def label_links_retrieve(
        self,
        id: int,
    ) -> LabelLink | None:
        """Get label link

         Get label links for a specific project configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelLink
        """

        from . import label_links_retrieve as _label_links_retrieve

        return await _label_links_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def label_links_retrieve_detailed(
        self,
        id: int,
    ) -> Response[LabelLink]:
        """Get label link

         Get label links for a specific project configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelLink]
        """

        from . import label_links_retrieve as _label_links_retrieve

        return await _label_links_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def bulk_create(
        self,
        *,
        body: LabelsBulkCreateBody,
    ) -> LabelsBulkCreateResponse200 | None:
        """Bulk update labels


                If you want to update the labels in saved annotations, use this endpoint.


        Args:
            body (LabelsBulkCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            LabelsBulkCreateResponse200
        """

        from . import labels_bulk_create as _labels_bulk_create

        return await _labels_bulk_create.asyncio(
            body=body,
            client=self._client,
        )

    async def bulk_create_detailed(
        self,
        *,
        body: LabelsBulkCreateBody,
    ) -> Response[LabelsBulkCreateResponse200]:
        """Bulk update labels


                If you want to update the labels in saved annotations, use this endpoint.


        Args:
            body (LabelsBulkCreateBody):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[LabelsBulkCreateResponse200]
        """

        from . import labels_bulk_create as _labels_bulk_create

        return await _labels_bulk_create.asyncio_detailed(
            body=body,
            client=self._client,
        )

    async def create(
        self,
        *,
        body: builtins.list[LabelCreateRequest],
        page: int | Unset = UNSET,
    ) -> builtins.list[LabelCreate] | None:
        """Create labels

         Add labels to your project without updating the labeling configuration.

        Args:
            page (int | Unset):
            body (list[LabelCreateRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[LabelCreate]
        """

        from . import labels_create as _labels_create

        return await _labels_create.asyncio(
            body=body,
            page=page,
            client=self._client,
        )

    async def create_detailed(
        self,
        *,
        body: builtins.list[LabelCreateRequest],
        page: int | Unset = UNSET,
    ) -> Response[builtins.list[LabelCreate]]:
        """Create labels

         Add labels to your project without updating the labeling configuration.

        Args:
            page (int | Unset):
            body (list[LabelCreateRequest]):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[LabelCreate]]
        """

        from . import labels_create as _labels_create

        return await _labels_create.asyncio_detailed(
            body=body,
            page=page,
            client=self._client,
        )

    async def destroy(
        self,
        id: int,
    ) -> Response[Any]:
        """Remove labels

         Remove labels from your project without updating the labeling configuration.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import labels_destroy as _labels_destroy

        return await _labels_destroy.asyncio_detailed(
            id=id,
            client=self._client,
        )

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> PaginatedLabelList | None:
        """List labels

         List all custom labels added to your project separately from the labeling configuration.

        Args:
            page (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedLabelList
        """

        from . import labels_list as _labels_list

        return await _labels_list.asyncio(
            page=page,
            client=self._client,
        )

    async def list_detailed(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> Response[PaginatedLabelList]:
        """List labels

         List all custom labels added to your project separately from the labeling configuration.

        Args:
            page (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedLabelList]
        """

        from . import labels_list as _labels_list

        return await _labels_list.asyncio_detailed(
            page=page,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: PatchedLabelRequest | Unset = UNSET,
    ) -> Label | None:
        """Update labels

         Update labels used for your project without updating the labeling configuration.

        Args:
            id (int):
            body (PatchedLabelRequest | Unset): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Label
        """

        from . import labels_partial_update as _labels_partial_update

        return await _labels_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedLabelRequest | Unset = UNSET,
    ) -> Response[Label]:
        """Update labels

         Update labels used for your project without updating the labeling configuration.

        Args:
            id (int):
            body (PatchedLabelRequest | Unset): A ModelSerializer that takes additional arguments for
                "fields", "omit" and "expand" in order to
                control which fields are displayed, and whether to replace simple
                values with complex, nested serializations

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Label]
        """

        from . import labels_partial_update as _labels_partial_update

        return await _labels_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Label | None:
        """Get label


                Retrieve a specific custom label used for your project by its ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Label
        """

        from . import labels_retrieve as _labels_retrieve

        return await _labels_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Label]:
        """Get label


                Retrieve a specific custom label used for your project by its ID.


        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Label]
        """

        from . import labels_retrieve as _labels_retrieve

        return await _labels_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )
