resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
}

resource "aws_config_delivery_channel" "main" {
  name           = "main"
  s3_bucket_name = "acme-config-history"
  depends_on     = [aws_config_configuration_recorder.main]
}

# the recorder is defined but never started
resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = false
  depends_on = [aws_config_delivery_channel.main]
}
