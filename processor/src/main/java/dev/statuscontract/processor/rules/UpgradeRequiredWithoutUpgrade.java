package dev.statuscontract.processor.rules;

import java.util.Map;

/** 426 Upgrade Required must name the protocols to switch to in an Upgrade header. */
public final class UpgradeRequiredWithoutUpgrade extends RequiredHeaderRule {

  public static final String ID = "upgrade-required-without-upgrade";

  public UpgradeRequiredWithoutUpgrade() {
    super(
        ID,
        Severity.ERROR,
        "426 Upgrade Required must name the protocols to switch to in an Upgrade header.",
        "Upgrade",
        Map.of(426, "RFC 9110 §15.5.22, §7.8"),
        "which names the protocols to switch to");
  }
}
