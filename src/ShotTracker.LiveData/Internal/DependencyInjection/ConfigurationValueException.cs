namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// A key or value the binder cannot take; <see cref="LiveDataConfigurationBinder"/> turns it into the
/// <c>OptionsValidationException</c> every other configuration problem is, so an app catches one type at start-up.
/// </summary>
internal sealed class ConfigurationValueException(string message) : Exception(message);
