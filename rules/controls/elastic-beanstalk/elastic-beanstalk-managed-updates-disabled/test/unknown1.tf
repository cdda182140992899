variable "managed_updates" {
  description = "\"true\" to let Elastic Beanstalk apply platform updates weekly"
  type        = string
}

resource "aws_elastic_beanstalk_environment" "storefront_web" {
  name                = "storefront-web"
  application         = "storefront"
  solution_stack_name = "64bit Amazon Linux 2023 v6.1.0 running Node.js 20"

  setting {
    namespace = "aws:elasticbeanstalk:managedactions"
    name      = "ManagedActionsEnabled"
    value     = var.managed_updates
  }
}
