/** The match room (the API's `match`): waiting room, rounds and final ranking, all over the /ws socket. */
export { MatchRoomPage } from "./match-room-page";
