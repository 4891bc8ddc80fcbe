package org.annalist.pipeline.eval.geo;

/**
 * A point on the Earth in decimal degrees (WGS 84), as the gold data and a geoparser give it.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
  /** The mean Earth radius used for all distances, in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0;

  /** The largest great-circle distance on that sphere (half its circumference), in kilometres. */
  public static final double MAX_DISTANCE_KM = Math.PI * EARTH_RADIUS_KM;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude out of range: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude out of range: " + longitude);
    }
  }

  /**
   * The great-circle distance to {@code other} in kilometres, by the haversine formula on a sphere
   * of radius {@value #EARTH_RADIUS_KM} km; from 0 to {@link #MAX_DISTANCE_KM}.
   */
  public double distanceKm(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double a = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
