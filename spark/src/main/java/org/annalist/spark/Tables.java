package org.annalist.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.store.TableRows;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The embedded store's tables as Spark schemas, and store rows as Spark rows: each DuckDB column
 * type has one Spark type, so that the Parquet files hold the columns the store holds.
 */
final class Tables implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, List<TableRows.Column>> schema;

  Tables(Map<String, List<TableRows.Column>> schema) {
    this.schema = new LinkedHashMap<>(schema);
  }

  /** The store's schema, read from its migrations. */
  static Tables load() {
    return new Tables(TableRows.schema());
  }

  List<TableRows.Column> columns(String table) {
    List<TableRows.Column> c = schema.get(table);
    if (c == null) {
      throw new IllegalArgumentException("no table " + table);
    }
    return c;
  }

  /** The Spark schema of a table. */
  StructType struct(String table) {
    List<StructField> fields = new ArrayList<>();
    for (TableRows.Column c : columns(table)) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  static DataType sparkType(String duck) {
    if (duck.endsWith("[]")) {
      return DataTypes.createArrayType(sparkType(duck.substring(0, duck.length() - 2)));
    }
    return switch (duck) {
      case "VARCHAR" -> DataTypes.StringType;
      case "BIGINT" -> DataTypes.LongType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "TINYINT" -> DataTypes.ByteType;
      case "SMALLINT" -> DataTypes.ShortType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "FLOAT" -> DataTypes.FloatType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      case "TIMESTAMP" -> DataTypes.TimestampType;
      case "BLOB" -> DataTypes.BinaryType;
      default -> throw new IllegalArgumentException("no Spark type for the column type " + duck);
    };
  }

  /** A store row of {@code table} as a Spark row of its schema. */
  Row row(String table, Object[] values) {
    List<TableRows.Column> cols = columns(table);
    if (cols.size() != values.length) {
      throw new IllegalStateException(
          table + ": " + values.length + " values for " + cols.size() + " columns");
    }
    Object[] out = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = value(cols.get(i).type(), values[i]);
    }
    return RowFactory.create(out);
  }

  private static Object value(String type, Object v) {
    if (v == null) {
      return null;
    }
    if (type.endsWith("[]")) {
      if (v instanceof long[] a) {
        List<Long> l = new ArrayList<>(a.length);
        for (long x : a) {
          l.add(x);
        }
        return seq(l);
      }
      if (v instanceof Object[] a) {
        return seq(java.util.Arrays.asList(a));
      }
    }
    Number n = v instanceof Number x ? x : null;
    return switch (type) {
      case "BIGINT" -> n == null ? v : (Object) n.longValue();
      case "INTEGER" -> n == null ? v : (Object) n.intValue();
      case "TINYINT" -> n == null ? v : (Object) n.byteValue();
      case "SMALLINT" -> n == null ? v : (Object) n.shortValue();
      case "DOUBLE" -> n == null ? v : (Object) n.doubleValue();
      default -> v;
    };
  }

  /** A list as the Scala sequence Spark's rows hold arrays as. */
  private static scala.collection.immutable.Seq<Object> seq(List<?> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(values)).toSeq();
  }

  /** A row's values as bytes, to carry through a dataset. */
  static byte[] pack(Object[] values) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Object[] unpack(byte[] packed) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(packed))) {
      return (Object[]) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
