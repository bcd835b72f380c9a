package io.vivier.activity;

import java.util.List;

/** The activities of people. */
public interface Activities {

  Activity insert(Activity activity);

  /** Newest first, older than the activity {@code beforeId} when given. */
  List<Activity> of(long personId, Long beforeId, int limit);
}
