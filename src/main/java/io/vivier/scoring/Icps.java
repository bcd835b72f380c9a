package io.vivier.scoring;

import java.util.List;
import java.util.Optional;

/** The ICP definitions of the base. */
public interface Icps {

  /** By name. */
  List<Icp> list();

  Optional<Icp> find(String name);

  Optional<Icp> findDefault();

  /** Creates or replaces the ICP of that name; when it is the default, the others no longer are. */
  Icp save(Icp icp);

  boolean delete(String name);
}
