package dev.statuscontract.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

  @Test
  void differencesPairTheRoundsBothMeasured() {
    assertEquals(List.of(1.0, -2.0), PairedDifference.differences(List.of(5.0, 3.0, 9.0), List.of(4.0, 5.0)));
  }

  @Test
  void driftBetweenRoundsLeavesThePairedEstimateAlone() {
    // Each round the machine is slower by a second; the configuration always costs 0.5 s more.
    List<Double> base = new ArrayList<>();
    List<Double> measured = new ArrayList<>();
    for (int round = 0; round < 9; round++) {
      double load = round % 2 == 0 ? round : -round;
      base.add(7 + load);
      measured.add(7.5 + load);
    }
    PairedDifference.Estimate estimate = PairedDifference.estimate(PairedDifference.differences(measured, base), 0.9);
    assertEquals(0.5, estimate.median(), 1e-9);
    assertEquals(0.5, estimate.low(), 1e-9);
    assertEquals(0.5, estimate.high(), 1e-9);
    assertEquals(9, estimate.rounds());
  }

  @Test
  void theIntervalHoldsTheMedianAndWidensWithTheSpread() {
    List<Double> narrow = List.of(0.09, 0.10, 0.11, 0.10, 0.09, 0.11, 0.10);
    List<Double> wide = List.of(-0.1, 0.3, 0.1, 0.0, 0.2, 0.1, -0.05);
    PairedDifference.Estimate tight = PairedDifference.estimate(narrow, 0.9);
    PairedDifference.Estimate loose = PairedDifference.estimate(wide, 0.9);
    assertEquals(0.10, tight.median(), 1e-9);
    assertTrue(tight.low() <= tight.median() && tight.median() <= tight.high());
    assertTrue(loose.low() <= loose.median() && loose.median() <= loose.high());
    assertTrue(loose.high() - loose.low() > tight.high() - tight.low());
    assertEquals(loose, PairedDifference.estimate(wide, 0.9), "the same runs give the same interval");
  }

  @Test
  void noRoundsNoEstimate() {
    assertTrue(Double.isNaN(PairedDifference.estimate(List.of(), 0.9).median()));
  }
}
