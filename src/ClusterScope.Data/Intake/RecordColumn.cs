using System.Reflection;
using System.Runtime.CompilerServices;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Intake;

/// <summary>One column of a registry file: the entity property it fills, as the exporter names it.</summary>
internal sealed record RecordColumn(string Name, PropertyInfo Property, bool Required, int? MaxLength)
{
    /// <summary>The writable properties of <paramref name="type"/> except the concurrency version, which the database keeps.</summary>
    public static List<RecordColumn> Of(Type type, Func<string, int?> maxLength) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name != nameof(DevelopmentZone.Version))
            .Select(p => new RecordColumn(Export.CsvExporter.SnakeCase(p.Name), p, p.IsDefined(typeof(RequiredMemberAttribute)),
                p.PropertyType == typeof(string) ? Domain.TextRules.MaxLength(p.Name, maxLength(p.Name)) : null)),
    ];

    /// <summary>Parses <paramref name="text"/> for the property's type; the error when it does not fit.</summary>
    public bool TryParse(string? text, out object? value, out (string En, string Zh) error)
    {
        error = default;
        value = null;
        var cleaned = CellParser.Clean(text);
        var type = Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
        var nullable = !Required && (type == typeof(string) || Nullable.GetUnderlyingType(Property.PropertyType) is not null);
        if (cleaned is null)
        {
            if (Required || !nullable && type != typeof(bool) && !type.IsEnum)
            {
                error = ErrorText.Empty(Name);
                return false;
            }

            value = type == typeof(bool) ? false : type.IsEnum ? Enum.GetValues(type).GetValue(0) : null;
            return true;
        }

        if (type == typeof(string))
        {
            value = cleaned;
            if (Domain.TextRules.Problem(Name, cleaned, MaxLength ?? Domain.TextRules.NameLength, Domain.TextRules.IsLongText(Property.Name)) is { } problem)
            {
                error = problem;
                return false;
            }

            return true;
        }

        if (type.IsEnum)
        {
            var name = Enum.GetNames(type).FirstOrDefault(n => string.Equals(n, cleaned, StringComparison.OrdinalIgnoreCase));
            value = name is null ? null : Enum.Parse(type, name);
            error = ErrorText.NotOneOf(cleaned, Enum.GetNames(type));
            return name is not null;
        }

        if (type == typeof(double))
        {
            var ok = CellParser.TryNumber(cleaned, out var number);
            value = number;
            error = ErrorText.NotANumber(cleaned);
            return ok;
        }

        if (type == typeof(DateOnly))
        {
            var ok = CellParser.TryDate(cleaned, out var date);
            value = date;
            error = ErrorText.BadDate(cleaned);
            return ok;
        }

        if (type == typeof(bool))
        {
            var ok = CellParser.TryBoolean(cleaned, out var flag);
            value = flag;
            error = ErrorText.BadBoolean(cleaned);
            return ok;
        }

        throw new NotSupportedException($"No parser for {type.Name} ({Name}).");
    }
}
