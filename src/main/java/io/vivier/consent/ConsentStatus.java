package io.vivier.consent;

/** What a prospect said about being contacted on one channel. */
public enum ConsentStatus {
  UNKNOWN,
  GRANTED,
  DENIED,
  WITHDRAWN
}
