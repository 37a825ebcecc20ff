"""The History screen: past sessions, their detail and the weekly chart."""
