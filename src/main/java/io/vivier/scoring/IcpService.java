package io.vivier.scoring;

import io.vivier.audit.AuditLog;
import io.vivier.web.FieldError;
import io.vivier.web.InvalidInputException;
import io.vivier.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defining ICPs: each rule's filter is checked by the filter language before anything is stored;
 * the first ICP becomes the default.
 */
@Service
public class IcpService {

  static final int MAX_RULES = 50;
  private static final Set<String> KEYS = Set.of("name", "description", "default", "rules");
  private static final Set<String> RULE_KEYS = Set.of("name", "filter", "points");

  private final Icps icps;
  private final RuleMatcher matcher;
  private final AuditLog audit;
  private final Clock clock;

  @Autowired
  IcpService(Icps icps, ObjectProvider<RuleMatcher> matcher, AuditLog audit, Clock clock) {
    this(icps, matcher.getIfAvailable(), audit, clock);
  }

  IcpService(Icps icps, RuleMatcher matcher, AuditLog audit, Clock clock) {
    this.icps = icps;
    this.matcher = matcher;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Icp> list() {
    return icps.list();
  }

  public Icp get(String name) {
    return icps.find(name).orElseThrow(() -> new NotFoundException("ICP", "'" + name + "'"));
  }

  /**
   * Creates or replaces the ICP {@code name} from input such as {@code {"default": true, "rules":
   * [{"name": "Target sector", "filter": "industry in (\"Logiciel\")", "points": 30}]}}.
   */
  @Transactional
  public Icp save(String name, Map<String, ?> input, String actor) {
    List<FieldError> errors = new ArrayList<>();
    input.keySet().stream().filter(k -> !KEYS.contains(k))
        .forEach(k -> errors.add(new FieldError(abbreviate(k), "unknown field; known ones are default, description, name, rules")));
    String icpName = name == null ? null : name.strip();
    if (icpName == null || icpName.isEmpty() || icpName.length() > 100) {
      errors.add(new FieldError("name", "an ICP needs a name of 1 to 100 characters"));
    }
    if (input.get("name") != null && !input.get("name").equals(name)) {
      errors.add(new FieldError("name", "differs from the name in the path"));
    }
    Object description = input.get("description");
    if (description != null && !(description instanceof String d && d.length() <= 500)) {
      errors.add(new FieldError("description", "must be a text of at most 500 characters"));
    }
    Object isDefault = input.get("default");
    if (isDefault != null && !(isDefault instanceof Boolean)) {
      errors.add(new FieldError("default", "must be true or false"));
    }
    List<IcpRule> rules = rules(input.get("rules"), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    boolean makeDefault = Boolean.TRUE.equals(isDefault)
        || icps.findDefault().map(d -> d.name().equals(icpName)).orElse(true) && !Boolean.FALSE.equals(isDefault);
    Icp saved = icps.save(new Icp(0, icpName, (String) description, makeDefault, rules, actor, clock.instant()));
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("name", saved.name());
    change.put("default", saved.isDefault());
    change.put("rules", rules.size());
    audit.record(actor, "save-icp", "icp", saved.id(), change);
    return saved;
  }

  @Transactional
  public void delete(String name, String actor) {
    Icp icp = get(name);
    icps.delete(name);
    audit.record(actor, "delete-icp", "icp", icp.id(), Map.of("name", name));
  }

  private List<IcpRule> rules(Object raw, List<FieldError> errors) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      errors.add(new FieldError("rules", "a list of at least one rule {\"name\", \"filter\", \"points\"}"));
      return List.of();
    }
    if (list.size() > MAX_RULES) {
      errors.add(new FieldError("rules", "at most " + MAX_RULES + " rules (got " + list.size() + ")"));
      return List.of();
    }
    if (matcher == null) {
      errors.add(new FieldError("rules", "cannot check the filters: the filter language is not available in this build"));
      return List.of();
    }
    List<IcpRule> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "rules[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> rule)) {
        errors.add(new FieldError(where, "must be an object {\"name\", \"filter\", \"points\"}"));
        continue;
      }
      rule.keySet().stream().filter(k -> !RULE_KEYS.contains(k))
          .forEach(k -> errors.add(new FieldError(where + "." + abbreviate(String.valueOf(k)), "unknown field; known ones are filter, name, points")));
      Object filter = rule.get("filter");
      Object points = rule.get("points");
      Object ruleName = rule.get("name");
      boolean valid = true;
      if (!(filter instanceof String f) || f.isBlank() || f.length() > IcpRule.MAX_FILTER) {
        errors.add(new FieldError(where + ".filter", "required: a filter of at most " + IcpRule.MAX_FILTER + " characters"));
        valid = false;
      } else {
        try {
          matcher.validate(f);
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(where + ".filter", e.getMessage()));
          valid = false;
        }
      }
      if (!(points instanceof Integer p) || p == 0 || Math.abs(p) > IcpRule.MAX_POINTS) {
        errors.add(new FieldError(where + ".points", "required: a whole number from -" + IcpRule.MAX_POINTS + " to "
            + IcpRule.MAX_POINTS + ", not 0"));
        valid = false;
      }
      if (ruleName != null && !(ruleName instanceof String n && !n.isBlank() && n.length() <= IcpRule.MAX_NAME)) {
        errors.add(new FieldError(where + ".name", "must be a text of 1 to " + IcpRule.MAX_NAME + " characters"));
        valid = false;
      }
      if (valid) {
        String label = ruleName == null ? ((String) filter).strip() : ((String) ruleName).strip();
        if (!names.add(label)) {
          errors.add(new FieldError(where + ".name", "another rule is named '" + abbreviate(label) + "'"));
        }
        rules.add(new IcpRule(label, ((String) filter).strip(), (Integer) points));
      }
    }
    if (errors.isEmpty() && rules.stream().noneMatch(r -> r.points() > 0)) {
      errors.add(new FieldError("rules", "at least one rule must give positive points: fit is measured against them"));
    }
    return rules;
  }

  private static String abbreviate(String text) {
    return text.length() > 64 ? text.substring(0, 64) + "…" : text;
  }
}
