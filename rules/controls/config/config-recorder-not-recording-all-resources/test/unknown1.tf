variable "record_everything" {
  type        = bool
  description = "Record all resource types, or only the ones the compliance pack needs"
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::111122223333:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"

  recording_group {
    all_supported = var.record_everything
  }
}
