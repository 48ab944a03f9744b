package dev.statuscontract.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What one configuration costs beyond another, measured round by round. The runner compiles every
 * configuration once per round, one after the other; the difference of the two compilations of a
 * round leaves out what the machine did between rounds (its load, its caches), which the
 * difference of the two configurations' medians keeps. The estimate is the median of the rounds'
 * differences, with a percentile bootstrap interval of that median, so that a reader sees whether
 * the runs settle a target or not.
 */
final class PairedDifference {

  /** How many resamples the bootstrap draws. */
  static final int RESAMPLES = 2_000;

  /** The bootstrap's seed: the same runs give the same interval. */
  private static final long SEED = 0x5C0DE;

  /**
   * The median of the rounds' differences and its interval, all in the unit of the differences.
   *
   * @param median the median of the differences
   * @param low the lower end of the interval
   * @param high the upper end of the interval
   * @param rounds how many rounds there were
   */
  record Estimate(double median, double low, double high, int rounds) {}

  private PairedDifference() {}

  /**
   * {@code minuend[r] - subtrahend[r]} for each round {@code r} that both measured; a configuration
   * that failed stops measuring, so the rounds both have are the first ones.
   */
  static List<Double> differences(List<Double> minuend, List<Double> subtrahend) {
    int rounds = Math.min(minuend.size(), subtrahend.size());
    List<Double> differences = new ArrayList<>(rounds);
    for (int r = 0; r < rounds; r++) {
      differences.add(minuend.get(r) - subtrahend.get(r));
    }
    return differences;
  }

  /**
   * The median of {@code values} and the central {@code level} (0.9 for 90%) percentile bootstrap
   * interval of it; NaN everywhere without values.
   */
  static Estimate estimate(List<Double> values, double level) {
    if (values.isEmpty()) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double[] sample = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] medians = new double[RESAMPLES];
    double[] resample = new double[sample.length];
    Random random = new Random(SEED);
    for (int i = 0; i < RESAMPLES; i++) {
      for (int j = 0; j < sample.length; j++) {
        resample[j] = sample[random.nextInt(sample.length)];
      }
      medians[i] = median(resample);
    }
    Arrays.sort(medians);
    double tail = (1 - level) / 2;
    return new Estimate(median(sample), quantile(medians, tail), quantile(medians, 1 - tail), sample.length);
  }

  /** The median of {@code values}, which it sorts. */
  static double median(double[] values) {
    Arrays.sort(values);
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  /** The {@code p} quantile of sorted {@code values}, the nearest rank. */
  private static double quantile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
  }
}
