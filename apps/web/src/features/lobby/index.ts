/** Lobbies (the API's `lobby`): start one or join one by code, through REST, before the match room takes over. */
export { JoinLobbyPage } from "./join-lobby-page";
export { PlayWithFriendsPage } from "./play-with-friends-page";
