package io.vivier.activity;

/** Interactions with a prospect, by channel. */
public enum ActivityType {
  EMAIL_SENT,
  EMAIL_OPENED,
  EMAIL_CLICKED,
  EMAIL_REPLIED,
  EMAIL_BOUNCED,
  CALL,
  MEETING,
  LINKEDIN_MESSAGE,
  NOTE,
  FORM_SUBMISSION,
  EVENT_ATTENDANCE
}
