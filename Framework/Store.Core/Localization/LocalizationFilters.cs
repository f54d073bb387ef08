using Fluid;
using Fluid.Values;

namespace Store.Core.Localization;

// TEMPORARY until the PO localizer lands.
public static class LocalizationFilters
{
    public static void Register(TemplateOptions options) =>
        options.Filters.AddFilter("t", (input, arguments, context) => new StringValue(input.ToStringValue()));
}
