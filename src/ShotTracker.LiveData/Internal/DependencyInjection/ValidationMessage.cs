namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>Turns the <see cref="ArgumentException"/> of an options check into a start-up validation message.</summary>
internal static class ValidationMessage
{
    /// <summary>
    /// Returns the exception's message without the parameter name the runtime appends (<c> (Parameter 'options')</c>
    /// on .NET, a second line on .NET Framework): at start-up there is no parameter, only configuration.
    /// </summary>
    public static string Of(ArgumentException exception)
    {
        if (exception.ParamName is { Length: > 0 } name)
        {
            var suffix = new ArgumentException(string.Empty, name).Message;
            if (suffix.Length > 0 && exception.Message.EndsWith(suffix, StringComparison.Ordinal))
            {
                return exception.Message.Substring(0, exception.Message.Length - suffix.Length);
            }
        }

        return exception.Message;
    }
}
