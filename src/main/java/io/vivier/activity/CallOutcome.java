package io.vivier.activity;

/** How a call went; only calls have an outcome. */
public enum CallOutcome {
  CONNECTED,
  NO_ANSWER,
  VOICEMAIL,
  BUSY,
  WRONG_NUMBER,
  CALLBACK_REQUESTED,
  NOT_INTERESTED,
  MEETING_BOOKED
}
