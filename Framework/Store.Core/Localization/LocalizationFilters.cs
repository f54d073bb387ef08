using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Localization;

namespace Store.Core.Localization;

/// <summary>
/// Liquid translation filters: <c>{{ "Add to cart" | t }}</c>, <c>{{ "Hello {0}" | t: name }}</c>,
/// <c>{{ "Order" | t: context: "verb" }}</c> and <c>{{ "{0} item" | t_plural: "{0} items", count }}</c>.
/// The localizer is read from <c>TemplateContext.AmbientValues["Localizer"]</c>; without one the text is only formatted.
/// </summary>
public static class LocalizationFilters
{
    /// <summary>The <see cref="TemplateContext.AmbientValues"/> key holding the <see cref="IStringLocalizer"/>.</summary>
    public const string LocalizerKey = "Localizer";

    private const string ContextArgument = "context";

    /// <summary>Adds the <c>t</c> and <c>t_plural</c> filters to <paramref name="options"/>.</summary>
    public static void Register(TemplateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MemberAccessStrategy.Register<LanguageLink>();
        options.Filters.AddFilter("t", Translate);
        options.Filters.AddFilter("t_plural", TranslatePlural);
    }

    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        var messageContext = GetMessageContext(arguments);
        var formatArguments = Positional(arguments).Select(v => v.ToObjectValue()).ToArray();

        var result = FindLocalizer(context) switch
        {
            IPluralStringLocalizer plural => plural.Get(messageContext, text, formatArguments!).Value,
            // A plain localizer has no notion of context; the msgid alone is the best it can do.
            IStringLocalizer localizer => localizer[text, formatArguments!].Value,
            null => LocalizedFormat.Apply(text, formatArguments),
        };
        return Result(result);
    }

    private static ValueTask<FluidValue> TranslatePlural(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var singular = input.ToStringValue();
        var positional = Positional(arguments);
        // Missing arguments degrade rather than throw: a template typo should not break the page.
        var plural = positional.Count > 0 ? positional[0].ToStringValue() : singular;
        var count = positional.Count > 1 ? ToCount(positional[1]) : 1;
        var extra = positional.Skip(2).Select(v => v.ToObjectValue()).ToArray();

        var localizer = FindLocalizer(context);
        string result;
        if (localizer is IPluralStringLocalizer pluralLocalizer)
        {
            result = pluralLocalizer.Plural(singular, plural, count, extra!).Value;
        }
        else
        {
            // English rule on the msgids, then whatever the plain localizer (if any) makes of the chosen one.
            object?[] formatArguments = [count, .. extra];
            var text = count == 1 ? singular : plural;
            result = localizer is null ? LocalizedFormat.Apply(text, formatArguments) : localizer[text, formatArguments!].Value;
        }

        return Result(result);
    }

    // A plain StringValue is HTML-encoded on output, so a translation cannot inject markup.
    private static ValueTask<FluidValue> Result(string text) => new(new StringValue(text));

    private static IStringLocalizer? FindLocalizer(TemplateContext context) =>
        context.AmbientValues.TryGetValue(LocalizerKey, out var value) ? value as IStringLocalizer : null;

    private static string? GetMessageContext(FilterArguments arguments) =>
        arguments.HasNamed(ContextArgument) ? arguments[ContextArgument].ToStringValue() : null;

    // Fluid lists named arguments among the positional ones too, so drop them. They are matched by
    // reference, from the end, because Liquid puts named arguments after positional ones.
    private static List<FluidValue> Positional(FilterArguments arguments)
    {
        var values = new List<FluidValue>(arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            values.Add(arguments.At(i));
        }

        foreach (var name in arguments.Names)
        {
            var named = arguments[name];
            var index = values.FindLastIndex(v => ReferenceEquals(v, named));
            if (index >= 0)
            {
                values.RemoveAt(index);
            }
        }

        return values;
    }

    private static long ToCount(FluidValue value)
    {
        var number = decimal.Truncate(value.ToNumberValue());
        return number < long.MinValue ? long.MinValue : number > long.MaxValue ? long.MaxValue : (long)number;
    }
}
