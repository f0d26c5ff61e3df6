using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Tokens;

namespace ShotTracker.LiveData.DependencyInjection;

/// <summary>Validates the HTTP token provider's options at start-up with the provider's own checks.</summary>
internal sealed class HttpLiveDataTokenProviderOptionsValidator(IOptionsMonitor<LiveDataClientRegistration> registrations)
    : IValidateOptions<HttpLiveDataTokenProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpLiveDataTokenProviderOptions options)
    {
        if (!registrations.Get(name ?? Options.DefaultName).UsesHttpTokenProvider)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            HttpTokenProviderSettings.Validate(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(ValidationMessage.Of(ex));
        }
    }
}
