resource "aws_securityhub_account" "main" {
  enable_default_standards  = true
  auto_enable_controls      = false
  control_finding_generator = "SECURITY_CONTROL"
}
