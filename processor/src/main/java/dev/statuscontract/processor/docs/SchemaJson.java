package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.model.Schema;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/** Writes {@link Schema}s as JSON Schema, referring to named schemas under a prefix. */
final class SchemaJson {

  private final SchemaIndex index;
  private final String refPrefix;

  /** @param refPrefix what comes before a schema's name in a {@code $ref}: {@code #/components/schemas/} */
  SchemaJson(SchemaIndex index, String refPrefix) {
    this.index = index;
    this.refPrefix = refPrefix;
  }

  /** Every named schema, by name, as the fields of the object being written. */
  void writeComponents(JsonGenerator json) throws IOException {
    for (SchemaIndex.Entry entry : index.entries()) {
      json.writeFieldName(entry.name());
      write(json, entry.schema(), entry.id());
    }
  }

  void write(JsonGenerator json, Schema schema) throws IOException {
    write(json, schema, (String) null);
  }

  /**
   * A parameter's schema, with its default value where the schema is one of JSON's own types and
   * the text is a value of it; otherwise without.
   */
  void write(JsonGenerator json, Schema schema, Optional<String> defaultValue) throws IOException {
    if (defaultValue.isEmpty() || !(schema instanceof Schema.Scalar scalar) || scalar.contentEncoding().isPresent()) {
      write(json, schema);
      return;
    }
    json.writeStartObject();
    json.writeStringField("type", scalar.type());
    if (scalar.format().isPresent()) {
      json.writeStringField("format", scalar.format().get());
    }
    String value = defaultValue.get().trim();
    try {
      switch (scalar.type()) {
        case "string" -> json.writeStringField("default", defaultValue.get());
        case "integer" -> json.writeNumberField("default", new BigInteger(value));
        case "number" -> json.writeNumberField("default", new BigDecimal(value));
        case "boolean" -> {
          if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            json.writeBooleanField("default", Boolean.parseBoolean(value));
          }
        }
        default -> {}
      }
    } catch (NumberFormatException e) {
      // Not a number the schema could hold: the parameter goes without its default.
    }
    json.writeEndObject();
  }

  private void write(JsonGenerator json, Schema schema, String title) throws IOException {
    json.writeStartObject();
    if (title != null) {
      json.writeStringField("title", title);
    }
    if (schema instanceof Schema.Ref ref) {
      json.writeStringField("$ref", refPrefix + index.entry(ref).name());
    } else if (schema instanceof Schema.Scalar scalar) {
      json.writeStringField("type", scalar.type());
      if (scalar.format().isPresent()) {
        json.writeStringField("format", scalar.format().get());
      }
      if (scalar.contentEncoding().isPresent()) {
        json.writeStringField("contentEncoding", scalar.contentEncoding().get());
      }
    } else if (schema instanceof Schema.ArrayOf array) {
      json.writeStringField("type", "array");
      json.writeFieldName("items");
      write(json, array.items());
      if (array.uniqueItems()) {
        json.writeBooleanField("uniqueItems", true);
      }
    } else if (schema instanceof Schema.MapOf map) {
      json.writeStringField("type", "object");
      json.writeFieldName("additionalProperties");
      write(json, map.values());
    } else if (schema instanceof Schema.EnumType enumType) {
      json.writeStringField("type", "string");
      json.writeArrayFieldStart("enum");
      for (String constant : enumType.constants()) {
        json.writeString(constant);
      }
      json.writeEndArray();
    } else if (schema instanceof Schema.ObjectType object) {
      json.writeStringField("type", "object");
      if (!object.properties().isEmpty()) {
        json.writeObjectFieldStart("properties");
        for (Schema.Property property : object.properties()) {
          json.writeFieldName(property.name());
          write(json, property.schema());
        }
        json.writeEndObject();
      }
      if (object.properties().stream().anyMatch(Schema.Property::required)) {
        json.writeArrayFieldStart("required");
        for (Schema.Property property : object.properties()) {
          if (property.required()) {
            json.writeString(property.name());
          }
        }
        json.writeEndArray();
      }
    }
    json.writeEndObject();
  }
}
