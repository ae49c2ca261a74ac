"""Contains endpoint functions for accessing the API, and the per-tag facades ``OrganizationsApi`` /
``AsyncOrganizationsApi`` (one method per operation)."""

from __future__ import annotations

import builtins
import contextlib
from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.organization import Organization
    from ...models.organization_id import OrganizationId
    from ...models.organization_member import OrganizationMember
    from ...models.paginated_organization_member_list_list import PaginatedOrganizationMemberListList
    from ...models.patched_organization_request import PatchedOrganizationRequest


class OrganizationsApi:
    """Every operation tagged "organizations", as methods bound to one client (synchronous)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[OrganizationId] | None:
        """List your organizations


                Return a list of the organizations you've created or that you have access to.


        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[OrganizationId]
        """

        from . import organizations_list as _organizations_list

        return _organizations_list.sync(
            client=self._client,
        )

    def list_detailed(
        self,
    ) -> Response[builtins.list[OrganizationId]]:
        """List your organizations


                Return a list of the organizations you've created or that you have access to.


        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[OrganizationId]]
        """

        from . import organizations_list as _organizations_list

        return _organizations_list.sync_detailed(
            client=self._client,
        )

    def memberships_destroy(
        self,
        id: int,
        user_pk: int,
    ) -> Response[Any]:
        """Soft delete an organization member

         Soft delete a member from the organization.

        Args:
            id (int):
            user_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import organizations_memberships_destroy as _organizations_memberships_destroy

        return _organizations_memberships_destroy.sync_detailed(
            id=id,
            user_pk=user_pk,
            client=self._client,
        )

    def memberships_list(
        self,
        id: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedOrganizationMemberListList | None:
        """Get organization members list

         Retrieve a list of the organization members and their IDs.

        Args:
            id (int):
            contributed_to_projects (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedOrganizationMemberListList
        """

        from . import organizations_memberships_list as _organizations_memberships_list

        return _organizations_memberships_list.sync(
            id=id,
            contributed_to_projects=contributed_to_projects,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def memberships_list_detailed(
        self,
        id: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedOrganizationMemberListList]:
        """Get organization members list

         Retrieve a list of the organization members and their IDs.

        Args:
            id (int):
            contributed_to_projects (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedOrganizationMemberListList]
        """

        from . import organizations_memberships_list as _organizations_memberships_list

        return _organizations_memberships_list.sync_detailed(
            id=id,
            contributed_to_projects=contributed_to_projects,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    def memberships_retrieve(
        self,
        id: int,
        user_pk: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
    ) -> OrganizationMember | None:
        """Get organization member details

         Get organization member details by user ID.

        Args:
            id (int):
            user_pk (int):
            contributed_to_projects (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationMember
        """

        from . import organizations_memberships_retrieve as _organizations_memberships_retrieve

        return _organizations_memberships_retrieve.sync(
            id=id,
            user_pk=user_pk,
            contributed_to_projects=contributed_to_projects,
            client=self._client,
        )

    def memberships_retrieve_detailed(
        self,
        id: int,
        user_pk: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
    ) -> Response[OrganizationMember]:
        """Get organization member details

         Get organization member details by user ID.

        Args:
            id (int):
            user_pk (int):
            contributed_to_projects (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationMember]
        """

        from . import organizations_memberships_retrieve as _organizations_memberships_retrieve

        return _organizations_memberships_retrieve.sync_detailed(
            id=id,
            user_pk=user_pk,
            contributed_to_projects=contributed_to_projects,
            client=self._client,
        )

    def partial_update(
        self,
        id: int,
        *,
        body: PatchedOrganizationRequest | Unset = UNSET,
    ) -> Organization | None:
        """Update organization settings

         Update the settings for a specific organization by ID.

        Args:
            id (int):
            body (PatchedOrganizationRequest | Unset): A serializer mixin that takes an additional
                `fields` argument that controls
                which fields should be displayed.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Organization
        """

        from . import organizations_partial_update as _organizations_partial_update

        return _organizations_partial_update.sync(
            id=id,
            body=body,
            client=self._client,
        )

    def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedOrganizationRequest | Unset = UNSET,
    ) -> Response[Organization]:
        """Update organization settings

         Update the settings for a specific organization by ID.

        Args:
            id (int):
            body (PatchedOrganizationRequest | Unset): A serializer mixin that takes an additional
                `fields` argument that controls
                which fields should be displayed.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Organization]
        """

        from . import organizations_partial_update as _organizations_partial_update

        return _organizations_partial_update.sync_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    def retrieve(
        self,
        id: int,
    ) -> Organization | None:
        """Get organization settings

         Retrieve the settings for a specific organization by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Organization
        """

        from . import organizations_retrieve as _organizations_retrieve

        return _organizations_retrieve.sync(
            id=id,
            client=self._client,
        )

    def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Organization]:
        """Get organization settings

         Retrieve the settings for a specific organization by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Organization]
        """

        from . import organizations_retrieve as _organizations_retrieve

        return _organizations_retrieve.sync_detailed(
            id=id,
            client=self._client,
        )


class AsyncOrganizationsApi:
    """Every operation tagged "organizations", as methods bound to one client (asyncio)."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[OrganizationId] | None:
        """List your organizations


                Return a list of the organizations you've created or that you have access to.


        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            list[OrganizationId]
        """

        from . import organizations_list as _organizations_list

        return await _organizations_list.asyncio(
            client=self._client,
        )

    async def list_detailed(
        self,
    ) -> Response[builtins.list[OrganizationId]]:
        """List your organizations


                Return a list of the organizations you've created or that you have access to.


        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[list[OrganizationId]]
        """

        from . import organizations_list as _organizations_list

        return await _organizations_list.asyncio_detailed(
            client=self._client,
        )

    async def memberships_destroy(
        self,
        id: int,
        user_pk: int,
    ) -> Response[Any]:
        """Soft delete an organization member

         Soft delete a member from the organization.

        Args:
            id (int):
            user_pk (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Any]
        """

        from . import organizations_memberships_destroy as _organizations_memberships_destroy

        return await _organizations_memberships_destroy.asyncio_detailed(
            id=id,
            user_pk=user_pk,
            client=self._client,
        )

    async def memberships_list(
        self,
        id: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> PaginatedOrganizationMemberListList | None:
        """Get organization members list

         Retrieve a list of the organization members and their IDs.

        Args:
            id (int):
            contributed_to_projects (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            PaginatedOrganizationMemberListList
        """

        from . import organizations_memberships_list as _organizations_memberships_list

        return await _organizations_memberships_list.asyncio(
            id=id,
            contributed_to_projects=contributed_to_projects,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def memberships_list_detailed(
        self,
        id: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Response[PaginatedOrganizationMemberListList]:
        """Get organization members list

         Retrieve a list of the organization members and their IDs.

        Args:
            id (int):
            contributed_to_projects (bool | Unset):
            page (int | Unset):
            page_size (int | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[PaginatedOrganizationMemberListList]
        """

        from . import organizations_memberships_list as _organizations_memberships_list

        return await _organizations_memberships_list.asyncio_detailed(
            id=id,
            contributed_to_projects=contributed_to_projects,
            page=page,
            page_size=page_size,
            client=self._client,
        )

    async def memberships_retrieve(
        self,
        id: int,
        user_pk: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
    ) -> OrganizationMember | None:
        """Get organization member details

         Get organization member details by user ID.

        Args:
            id (int):
            user_pk (int):
            contributed_to_projects (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            OrganizationMember
        """

        from . import organizations_memberships_retrieve as _organizations_memberships_retrieve

        return await _organizations_memberships_retrieve.asyncio(
            id=id,
            user_pk=user_pk,
            contributed_to_projects=contributed_to_projects,
            client=self._client,
        )

    async def memberships_retrieve_detailed(
        self,
        id: int,
        user_pk: int,
        *,
        contributed_to_projects: bool | Unset = UNSET,
    ) -> Response[OrganizationMember]:
        """Get organization member details

         Get organization member details by user ID.

        Args:
            id (int):
            user_pk (int):
            contributed_to_projects (bool | Unset):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[OrganizationMember]
        """

        from . import organizations_memberships_retrieve as _organizations_memberships_retrieve

        return await _organizations_memberships_retrieve.asyncio_detailed(
            id=id,
            user_pk=user_pk,
            contributed_to_projects=contributed_to_projects,
            client=self._client,
        )

    async def partial_update(
        self,
        id: int,
        *,
        body: PatchedOrganizationRequest | Unset = UNSET,
    ) -> Organization | None:
        """Update organization settings

         Update the settings for a specific organization by ID.

        Args:
            id (int):
            body (PatchedOrganizationRequest | Unset): A serializer mixin that takes an additional
                `fields` argument that controls
                which fields should be displayed.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Organization
        """

        from . import organizations_partial_update as _organizations_partial_update

        return await _organizations_partial_update.asyncio(
            id=id,
            body=body,
            client=self._client,
        )

    async def partial_update_detailed(
        self,
        id: int,
        *,
        body: PatchedOrganizationRequest | Unset = UNSET,
    ) -> Response[Organization]:
        """Update organization settings

         Update the settings for a specific organization by ID.

        Args:
            id (int):
            body (PatchedOrganizationRequest | Unset): A serializer mixin that takes an additional
                `fields` argument that controls
                which fields should be displayed.

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Organization]
        """

        from . import organizations_partial_update as _organizations_partial_update

        return await _organizations_partial_update.asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )

    async def retrieve(
        self,
        id: int,
    ) -> Organization | None:
        """Get organization settings

         Retrieve the settings for a specific organization by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Organization
        """

        from . import organizations_retrieve as _organizations_retrieve

        return await _organizations_retrieve.asyncio(
            id=id,
            client=self._client,
        )

    async def retrieve_detailed(
        self,
        id: int,
    ) -> Response[Organization]:
        """Get organization settings

         Retrieve the settings for a specific organization by ID.

        Args:
            id (int):

        Raises:
            errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
            httpx.TimeoutException: If the request takes longer than Client.timeout.

        Returns:
            Response[Organization]
        """

        from . import organizations_retrieve as _organizations_retrieve

        return await _organizations_retrieve.asyncio_detailed(
            id=id,
            client=self._client,
        )
