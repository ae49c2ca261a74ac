"""Users: :class:`AsyncUsersRepo` (``client.users``) and the :class:`AsyncUser` entity.

Label Studio Community groups users in organizations (there are no per-project teams); the memberships of yours
are ``client.users.members`` (:mod:`lsclient.core._async.members`). Two kinds of removal exist:

* ``members.remove(user_id)`` is a *soft* removal from the organization: the membership stays in the member list
  and the user in ``users.list()``, but Label Studio masks the user's names as "Deleted User" (see
  :attr:`AsyncUser.removed`); the user loses access. The API offers no way to undo it or to add a member back.
* ``users.remove(id)`` deletes the account. Only an organization owner may do it, and an organization owner cannot
  be deleted.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.users import (
    current_user_whoami_retrieve,
    users_create,
    users_destroy,
    users_list,
    users_partial_update,
    users_retrieve,
)
from lsclient.api_client.models.base_user import BaseUser
from lsclient.api_client.models.users_create_body import UsersCreateBody
from lsclient.api_client.models.users_partial_update_body import UsersPartialUpdateBody
from lsclient.api_client.types import Unset

from ..errors import InvalidInputError
from ..resources import Operations, build_request, convert
from .calls import call
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable, whole_list

if TYPE_CHECKING:
    from .members import AsyncMembersRepo

    _UserFields = BaseUser
else:
    _UserFields = object

__all__ = ["AsyncUser", "AsyncUsersRepo"]

# Fields the users API accepts in a body but never stores: id and the computed avatar/initials are ignored.
_IGNORED_ON_WRITE = ("id", "avatar", "initials")
# What Label Studio shows instead of the names of a user removed from the organization.
_REMOVED_MASK = {"username": "Deleted", "first_name": "Deleted", "last_name": "User", "email": "Deleted"}


def _reject_fields(body: UsersCreateBody | UsersPartialUpdateBody, names: tuple[str, ...], what: str) -> None:
    given = [name for name in names if not isinstance(getattr(body, name), Unset)]
    if given:
        raise InvalidInputError(f"{what}: Label Studio does not let the API set {', '.join(given)}")


class AsyncUser(
    AsyncFetchable[BaseUser],
    AsyncUpdatable[BaseUser],
    AsyncRemovable[BaseUser],
    _UserFields,
):
    """A Label Studio account: ``user.email``, ``user.username``, ``user.first_name``, ``user.active_organization``...

    >>> user = await client.users.create(username="ann", email="ann@example.com")  # doctest: +SKIP
    >>> await user.update(first_name="Ann")  # doctest: +SKIP
    <User id=2 email='ann@example.com'>

    ``update()`` cannot change ``email``: Label Studio treats it as read-only (and would apply the other
    fields of the same request before refusing), so it is rejected before any request, as are ``id``, ``avatar``
    and ``initials``, which the server ignores. ``remove()`` deletes the account (see
    :meth:`AsyncUsersRepo.remove`).
    """

    _repr_field = "email"
    _operations = Operations(
        retrieve=users_retrieve.asyncio_detailed,
        update=users_partial_update.asyncio_detailed,
        remove=users_destroy.asyncio_detailed,
        update_body=UsersPartialUpdateBody,
    )

    @property
    def removed(self) -> bool:
        """Whether Label Studio reports this user as removed from your organization.

        The API has no field for it: a removed member's names are masked as "Deleted User", which is what this checks.
        """
        return all(getattr(self._model, field, None) == value for field, value in _REMOVED_MASK.items())

    async def _patch_model(self, body: UsersPartialUpdateBody) -> BaseUser:
        _reject_fields(body, ("email", *_IGNORED_ON_WRITE), "User.update()")
        return await super()._patch_model(body)


class AsyncUsersRepo(AsyncRetrieves[AsyncUser], AsyncRemoves[AsyncUser]):
    """The users of your active organization (``client.users``): ``me()``, list, retrieve, create, remove, and
    the organization's memberships, :attr:`members`."""

    _entity = AsyncUser

    @cached_property
    def members(self) -> AsyncMembersRepo:
        """The memberships of your active organization: ``client.users.members.list()``, ``.retrieve(user_id)``,
        ``.remove(user_id)``.

        Nothing is sent here: the organization is found with the first request that needs it.
        """
        from .members import AsyncMembersRepo

        return AsyncMembersRepo(self._client)

    async def me(self) -> AsyncUser:
        """The user the client is authenticated as (``GET /api/current-user/whoami``).

        Its ``permissions`` (a list of permission names) are readable as ``me.permissions`` until the proxy is
        updated or fetched again (only this call answers them).
        """
        model = await call(current_user_whoami_retrieve.asyncio_detailed, client=self._client.http)
        return self._wrap(convert(BaseUser, model))

    def list(self, *, page_size: int = 100, limit: int | None = None) -> AsyncPager[AsyncUser]:
        """Every user of your active organization, lazily, including removed members (see
        :attr:`AsyncUser.removed`).

        One request, ``GET /api/users/``, made on first iteration: the server answers them in one list, so
        ``page_size`` has no effect; ``limit`` stops early.
        """

        async def fetch_all() -> list[AsyncUser]:
            models = await call(users_list.asyncio_detailed, client=self._client.http)
            return [self._wrap(model) for model in models]

        return whole_list(fetch_all, page_size=page_size, limit=limit)

    async def create(
        self,
        spec: UsersCreateBody | Mapping[str, Any] | None = None,
        /,
        *,
        username: str | None = None,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        **fields: Any,
    ) -> AsyncUser:
        """Create a user and add it to your active organization (``POST /api/users/``; needs the
        organization-change permission).

        ``username`` is required by the server and need not be unique; ``email``, if given, must be a valid,
        unused address. Other fields: ``phone``, ``allow_newsletters``.

        The API cannot set a password (Label Studio has no such field and would ignore one), so the new
        user cannot log in with a password until one is set outside the API; ``password=`` is rejected.
        The new user's ``active_organization`` is ``None`` until it logs in.

        :raises InvalidInputError: an unknown field, or ``id`` / ``avatar`` / ``initials`` (before any request).
        :raises BadRequestError: e.g. ``validation_errors["email"]`` for a duplicate or invalid email.
        """
        given = {
            name: value
            for name, value in {
                "username": username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
            }.items()
            if value is not None
        }
        body = build_request(UsersCreateBody, spec, {**given, **fields}, what="users.create()")
        _reject_fields(body, _IGNORED_ON_WRITE, "users.create()")
        return self._wrap(await call(users_create.asyncio_detailed, client=self._client.http, body=body))

    async def remove(self, id: int) -> None:
        """Delete the account with this id (``DELETE /api/users/{id}/``, one request).

        Label Studio allows it only to an organization owner, and never for an organization owner.
        To only take a user out of the organization, use ``members.remove(user_id)``.

        :raises PermissionDeniedError: you are not an organization owner, or the user is one.
        :raises NotFoundError: no such user.
        """
        await super().remove(id)
