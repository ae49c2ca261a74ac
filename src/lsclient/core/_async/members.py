"""Organization memberships: :class:`AsyncMembersRepo` (``client.users.members``), :class:`AsyncMember` (one
membership as listed) and :class:`AsyncMemberDetail` (one member's details).

Removing a member is a *soft* removal: the membership stays listed, the user's names are masked as "Deleted
User" (see :attr:`AsyncMember.removed`) and the user loses access; the API offers no way to undo it. See
:mod:`lsclient.core._async.users` for deleting an account.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsclient.api_client.api.organizations import (
    organizations_memberships_destroy,
    organizations_memberships_list,
    organizations_memberships_retrieve,
)
from lsclient.api_client.api.users import current_user_whoami_retrieve
from lsclient.api_client.models.base_user import BaseUser
from lsclient.api_client.models.organization_member import OrganizationMember
from lsclient.api_client.models.organization_member_list import OrganizationMemberList
from lsclient.api_client.types import Unset

from ..errors import LsClientError
from ..paging import Page
from ..resources import convert, id_of, public_name
from .calls import call, call_remove
from .paging import AsyncPager
from .resources import AsyncEntity, AsyncRemovable, AsyncRepository
from .users import AsyncUser

if TYPE_CHECKING:
    from .client import AsyncClient

    _MemberFields = OrganizationMemberList
    _MemberDetailFields = OrganizationMember
else:
    _MemberFields = object
    _MemberDetailFields = object

__all__ = ["AsyncMember", "AsyncMemberDetail", "AsyncMembersRepo"]


class AsyncMember(AsyncRemovable[OrganizationMemberList], _MemberFields):
    """One membership as listed by :meth:`AsyncMembersRepo.list`: ``member.user`` is the member's account.

    ``member.id`` is the membership's id; use :attr:`user_id` for the user. ``remove()`` takes the user
    out of the organization (a soft removal, see the module documentation).
    """

    @property
    def user_id(self) -> int:
        """The member's user id."""
        return self._model.user.id

    @property
    def removed(self) -> bool:
        """Whether the member was removed from the organization (Label Studio keeps listing removed members).

        The API has no field for it: a removed member's names are masked as "Deleted User", which is what this checks.
        """
        return self.to_user().removed

    def to_user(self) -> AsyncUser:
        """The member's account as a :class:`~lsclient.core._async.users.AsyncUser` proxy (no request)."""
        return AsyncUser(self._client, convert(BaseUser, self._model.user))

    async def remove(self) -> None:
        """Take the user out of the organization (a soft removal; one
        ``DELETE /api/organizations/{id}/memberships/{user_id}/``). See :meth:`AsyncMembersRepo.remove`.
        """
        await call_remove(
            organizations_memberships_destroy.asyncio_detailed,
            self._model.organization,
            self.user_id,
            client=self._client.http,
        )

    def __repr__(self) -> str:
        email = self._model.user.email
        shown = f" email={email!r}" if not isinstance(email, Unset) else ""
        return f"<{public_name(type(self))} id={self._model.id} user_id={self.user_id}{shown}>"


class AsyncMemberDetail(AsyncEntity[OrganizationMember], _MemberDetailFields):
    """One member's details from :meth:`AsyncMembersRepo.retrieve`: ``user`` (the user id), ``organization``,
    ``annotations_count``, ``contributed_projects_count``, ``created_at`` (when the user joined). Read-only.

    Label Studio answers the same for members it removed; check :attr:`AsyncMember.removed` in the list for that.
    """

    # the server identifies a membership by its user; the repr reads <MemberDetail user=5 organization=1>
    _id_field = "user"
    _repr_field = "organization"


class AsyncMembersRepo(AsyncRepository[AsyncMember]):
    """The memberships of one organization (``client.users.members``): list, retrieve, remove.

    Made without ``organization_id``, it works on your active organization, which it asks the server for
    (``GET /api/current-user/whoami``) with the first request that needs it, once.

    >>> members = client.users.members  # doctest: +SKIP
    >>> [m.user.email async for m in members.list() if not m.removed]  # doctest: +SKIP
    ['admin@example.com', 'ann@example.com']

    :param client: the client to send requests with.
    :param organization_id: the organization; default: the current user's active organization.
    """

    _entity = AsyncMember

    def __init__(self, client: AsyncClient, organization_id: int | None = None) -> None:
        super().__init__(client, organization_id)

    async def organization_id(self) -> int:
        """The organization's id; the first call without one given asks the server (one ``GET``).

        :raises LsClientError: the current user has no active organization.
        """
        if self._parent_id is None:
            me = await call(current_user_whoami_retrieve.asyncio_detailed, client=self._client.http)
            organization = me.active_organization
            if organization is None or isinstance(organization, Unset):
                raise LsClientError("the current user has no active organization")
            # Concurrent first calls may each ask; they get the same answer.
            self._parent_id = organization
        return self._parent_id

    def list(self, *, page_size: int = 100, limit: int | None = None) -> AsyncPager[AsyncMember]:
        """Lazily iterate over the memberships, page by page (``GET /api/organizations/{id}/memberships``),
        ordered by username; removed members are included (see :attr:`AsyncMember.removed`).

        :param page_size: members per request.
        :param limit: stop after this many members.
        :raises LsClientError: (on iteration) the current user has no active organization.
        """

        async def fetch_page(page: int, size: int) -> Page[AsyncMember]:
            answer = await call(
                organizations_memberships_list.asyncio_detailed,
                await self.organization_id(),
                client=self._client.http,
                page=page,
                page_size=size,
            )
            items = [self._wrap(model) for model in answer.results]
            has_next = answer.next_ is not None and not isinstance(answer.next_, Unset)
            return Page(items=items, total=answer.count, has_next=has_next)

        return AsyncPager(fetch_page, page_size=page_size, limit=limit)

    async def retrieve(self, user_id: int) -> AsyncMemberDetail:
        """The membership of the user with this id (``GET /api/organizations/{id}/memberships/{user_id}/``).

        :raises NotFoundError: the user was never a member.
        :raises LsClientError: the current user has no active organization.
        """
        user_id = id_of(user_id, "members.retrieve(): user_id")
        model = await call(
            organizations_memberships_retrieve.asyncio_detailed,
            await self.organization_id(),
            user_id,
            client=self._client.http,
        )
        return AsyncMemberDetail(self._client, model)

    async def remove(self, user_id: int) -> None:
        """Take the user out of the organization, a soft removal (see the module documentation): one
        ``DELETE /api/organizations/{id}/memberships/{user_id}/``.

        Only possible in your active organization, and not for yourself.

        :raises NotFoundError: no such user, or not (or no longer) a member.
        :raises PermissionDeniedError: the organization is not your active one, or you may not remove members.
        :raises APIStatusError: 405 when removing yourself.
        :raises LsClientError: the current user has no active organization.
        """
        user_id = id_of(user_id, "members.remove(): user_id")
        await call_remove(
            organizations_memberships_destroy.asyncio_detailed,
            await self.organization_id(),
            user_id,
            client=self._client.http,
        )

    def __repr__(self) -> str:
        organization = self._parent_id if self._parent_id is not None else "active (not asked yet)"
        return f"<{public_name(type(self))} organization={organization}>"
