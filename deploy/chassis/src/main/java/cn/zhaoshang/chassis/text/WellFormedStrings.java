package cn.zhaoshang.chassis.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON may spell a lone surrogate (`"\ud800"`) that is no character at all; PostgreSQL would keep it as `?`. Every
 * string read from a request body is checked, and one that is not well-formed is refused like any value of the
 * wrong form (400 naming the field).
 */
@Singleton
public class WellFormedStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("well-formed-strings").addDeserializer(String.class, new Checked()));
    }

    static final class Checked extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !Texts.isWellFormed(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, "contains a lone surrogate");
            }
            return value;
        }
    }
}
